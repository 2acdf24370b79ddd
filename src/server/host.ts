/** The host name of a `Host` header or option (lowercase, IPv6 in brackets, no port), or null. */
export function hostName(value: string): string | null {
  if (!/^[\w.:[\]-]+$/.test(value.trim())) return null;
  try {
    const u = new URL(`http://${value.trim()}/`);
    return u.username || u.password || u.pathname !== '/' ? null : u.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

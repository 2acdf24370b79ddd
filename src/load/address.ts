import ipaddr from 'ipaddr.js';

/** What an IP address is, for the fetch guard. */
export interface AddressVerdict {
  /** The address as given. */
  readonly address: string;
  /** True only for a public unicast address: the only kind fetched without `--allow-private`. */
  readonly isPublic: boolean;
  /**
   * The special-purpose range it falls in (ipaddr.js's names: `loopback`, `private`,
   * `linkLocal`, `ipv4Mapped`, `rfc6052` (NAT64), `6to4`, `teredo`, `reserved`, ...; ours:
   * `ipv4Compatible`, `outsideGlobalUnicast`, `invalid`), or `unicast` for a public address.
   */
  readonly range: string;
  /** The IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4, Teredo), judged itself. */
  readonly embedded?: AddressVerdict;
}

/** IANA's global unicast block: every other IPv6 address is special-purpose, reserved or unassigned. */
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

const v4 = (high: number, low: number): ipaddr.IPv4 =>
  new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/** The IPv4 address an IPv6 address carries, by the convention of its range, if any. */
function embeddedIPv4(a: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = a.parts;
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'ipv4Compatible') return v4(p[6]!, p[7]!);
  // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): the last 32 bits.
  if (range === 'rfc6052' && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0) return v4(p[6]!, p[7]!);
  // 6to4 2002:AABB:CCDD::/48 (RFC 3056): bits 16-47.
  if (range === '6to4') return v4(p[1]!, p[2]!);
  // Teredo 2001:0:SSSS:SSSS:flags:port:CCCC:CCCC (RFC 4380): the client address, inverted.
  if (range === 'teredo') return v4(~p[6]! & 0xffff, ~p[7]! & 0xffff);
  return null;
}

/**
 * Classifies an IP address (IPv4 or IPv6, any spelling ipaddr.js reads) with ipaddr.js's
 * named ranges. Public means `unicast` and, for IPv6, inside 2000::/3: loopback, private,
 * link-local, CGNAT, multicast, documentation, benchmarking, reserved, IPv4-mapped,
 * IPv4-compatible, NAT64, 6to4, Teredo, site-local, unique-local and every other
 * special-purpose range of the IANA registries is not. An IPv4 address carried inside an
 * IPv6 one is unwrapped and judged too (reported in `embedded`); the wrapper is refused
 * whatever it carries.
 */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return { address, isPublic: false, range: 'invalid' };
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv4') {
    const range = parsed.range();
    return { address, isPublic: range === 'unicast', range };
  }
  const a = parsed as ipaddr.IPv6;
  let range: string = a.range();
  if (range === 'unicast' && !a.match(GLOBAL_UNICAST)) {
    const firstBitsZero = a.parts.slice(0, 6).every((x) => x === 0);
    range = firstBitsZero ? 'ipv4Compatible' : 'outsideGlobalUnicast';
  }
  const inner = embeddedIPv4(a, range);
  const embedded = inner ? classifyAddress(inner.toString()) : undefined;
  return { address, isPublic: range === 'unicast', range, ...(embedded ? { embedded } : {}) };
}

/** True for addresses no public web page lives at (see {@link classifyAddress}). */
export function isNonPublicAddress(ip: string): boolean {
  return !classifyAddress(ip).isPublic;
}

/** "127.0.0.1 (loopback)", "::ffff:7f00:1 (ipv4Mapped, carrying 127.0.0.1, loopback)". */
export function describeAddress(v: AddressVerdict): string {
  const inner = v.embedded ? `, carrying ${v.embedded.address}, ${v.embedded.range}` : '';
  return `${v.address} (${v.range}${inner})`;
}

/** One spelling per address (`127.1` and `127.0.0.1` alike; IPv6 in full), or the text itself if it is not one. */
export function normalizeAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toNormalizedString() : address;
}

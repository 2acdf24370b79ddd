import { describe, expect, it } from 'vitest';
import { classifyAddress, isNonPublicAddress, normalizeAddress } from './address.js';

/** One address inside each block of IANA's IPv4 special-purpose registry (and multicast, 224/4). */
const SPECIAL_V4 = [
  '0.0.0.0', // 0.0.0.0/8 this network
  '0.1.2.3',
  '10.1.2.3', // 10/8 private
  '100.64.0.1', // 100.64/10 shared address space (CGNAT)
  '100.127.255.254',
  '127.0.0.1', // 127/8 loopback
  '127.255.0.9',
  '169.254.169.254', // 169.254/16 link-local (cloud metadata)
  '172.16.0.1', // 172.16/12 private
  '172.31.255.255',
  '192.0.0.1', // 192.0.0.0/29 IPv4 service continuity prefix (DS-Lite)
  '192.0.0.8', // 192.0.0.0/24 IETF protocol assignments
  '192.0.0.9', // port control protocol anycast
  '192.0.0.10', // traversal using relays around NAT anycast
  '192.0.0.170',
  '192.0.2.10', // TEST-NET-1
  '192.31.196.1', // AS112-v4
  '192.52.193.1', // AMT
  '192.88.99.1', // deprecated 6to4 relay anycast
  '192.168.1.1', // 192.168/16 private
  '192.175.48.1', // direct delegation AS112
  '198.18.0.1', // 198.18/15 benchmarking
  '198.19.255.1',
  '198.51.100.7', // TEST-NET-2
  '203.0.113.9', // TEST-NET-3
  '224.0.0.1', // multicast
  '239.255.255.250',
  '240.0.0.1', // 240/4 reserved
  '255.255.255.255', // limited broadcast
];

/** One address inside each block of IANA's IPv6 special-purpose registry, and the other non-global blocks. */
const SPECIAL_V6 = [
  '::', // unspecified
  '::1', // loopback
  '::ffff:127.0.0.1', // IPv4-mapped
  '::ffff:8.8.8.8', // IPv4-mapped, even of a public address
  '::ffff:0:8.8.8.8', // IPv4-translated (RFC 6145)
  '::8.8.8.8', // IPv4-compatible (deprecated)
  '64:ff9b::8.8.8.8', // NAT64 well-known prefix
  '64:ff9b:1::1', // NAT64 local use
  '100::1', // discard-only
  '100:0:0:1::1', // dummy IPv6 prefix (RFC 9780)
  '2001::1', // TEREDO
  '2001:1::1', // IETF protocol assignments (2001::/23): PCP anycast
  '2001:1::2', // TURN anycast
  '2001:1::3', // DNS-SD service registration protocol anycast
  '2001:2::1', // benchmarking
  '2001:3::1', // AMT
  '2001:4:112::1', // AS112-v6
  '2001:10::1', // deprecated ORCHID
  '2001:20::1', // ORCHIDv2
  '2001:30::1', // drone remote ID
  '2001:db8::1', // documentation
  '2002:808:808::1', // 6to4, even of a public address
  '2620:4f:8000::1', // direct delegation AS112
  '3fff::1', // documentation (RFC 9637)
  '5f00::1', // segment routing SIDs
  'fc00::1', // unique local
  'fd12:3456::1',
  'fe80::1', // link-local
  'fe80::1%eth0',
  'fec0::1', // site-local (deprecated)
  'ff02::1', // multicast
  '4000::1', // outside 2000::/3: unassigned
  'e000::1',
];

const PUBLIC = [
  '8.8.8.8',
  '93.184.216.34',
  '1.1.1.1',
  '2606:4700::1111',
  '2001:4860:4860::8888',
  '2a00:1450::1',
];

describe('classifyAddress', () => {
  it('refuses every IANA special-purpose IPv4 and IPv6 block, and passes public unicast (the control)', () => {
    expect(SPECIAL_V4.filter((a) => classifyAddress(a).isPublic)).toEqual([]);
    expect(SPECIAL_V6.filter((a) => classifyAddress(a).isPublic)).toEqual([]);
    expect(PUBLIC.filter(isNonPublicAddress)).toEqual([]);
  });

  it('refuses a loopback or private address in every spelling, naming the address it carries', () => {
    // The host a URL parser gives for each spelling, and the spellings themselves.
    const spellings = [
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0:0:0:0:0:ffff:127.0.0.1',
      '0000:0000:0000:0000:0000:FFFF:7F00:0001',
      '[::ffff:7f00:1]',
      '::127.0.0.1',
      '::7f00:1',
      '64:ff9b::127.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::',
      '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo, client 127.0.0.1 (inverted)
    ];
    for (const s of spellings) {
      const v = classifyAddress(s);
      expect(v.isPublic, s).toBe(false);
      expect(v.embedded, s).toMatchObject({ address: '127.0.0.1', range: 'loopback', isPublic: false });
    }
    expect(classifyAddress('::ffff:a9fe:a9fe').embedded).toMatchObject({
      address: '169.254.169.254',
      range: 'linkLocal',
    });
    expect(classifyAddress('::ffff:a00:1').embedded?.range).toBe('private');
    expect(classifyAddress('fec0::1').range).toBe('deprecatedSiteLocal');
    expect(classifyAddress('192.0.0.8').range).toBe('reserved');
    // Control: a public address carried the same way is still refused (the wrapper is a
    // special-purpose range), but what it carries is reported as public.
    expect(classifyAddress('64:ff9b::8.8.8.8')).toMatchObject({
      isPublic: false,
      range: 'rfc6052',
      embedded: { isPublic: true },
    });
  });

  it('refuses what is not an address at all', () => {
    expect(classifyAddress('localhost').range).toBe('invalid');
    expect(classifyAddress('').isPublic).toBe(false);
  });

  it('spells each address one way, so an allow-list matches any spelling of the same address only', () => {
    expect(normalizeAddress('127.1')).toBe(normalizeAddress('127.0.0.1'));
    expect(normalizeAddress('[::1]')).toBe(normalizeAddress('0:0:0:0:0:0:0:1'));
    expect(normalizeAddress('::ffff:127.0.0.1')).not.toBe(normalizeAddress('127.0.0.1'));
  });
});

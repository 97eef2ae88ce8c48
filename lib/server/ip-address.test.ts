import { describe, expect, it } from "vitest";
import { classifyAddress, cidrContains, parseCidr, parseIp, type AddressClass } from "./ip-address";

const CASES: [string, AddressClass][] = [
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["172.15.255.255", "public"],
  ["172.32.0.0", "public"],
  ["100.63.255.255", "public"],
  ["100.128.0.0", "public"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["100.64.0.1", "shared"],
  ["100.127.255.255", "shared"],
  ["169.254.169.254", "link-local"],
  ["169.254.0.1", "link-local"],
  ["192.0.0.8", "reserved"],
  ["192.0.2.1", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["198.19.255.255", "benchmarking"],
  ["198.51.100.7", "documentation"],
  ["203.0.113.9", "documentation"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "reserved"],
  ["2606:4700:4700::1111", "public"],
  ["2001:4860:4860::8888", "public"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["[::1]", "loopback"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["febf:ffff::1", "link-local"],
  ["fec0::1", "reserved"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "documentation"],
  ["2001:0::1", "reserved"],
  ["100::1", "reserved"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:169.254.169.254", "link-local"],
  ["::ffff:8.8.8.8", "public"],
  ["::127.0.0.1", "loopback"],
  ["::8.8.8.8", "reserved"],
  ["64:ff9b::a00:1", "private"],
  ["64:ff9b::808:808", "public"],
  ["64:ff9b:1::1", "private"],
  ["2002:c0a8:0101::1", "private"],
  ["2002:0808:0808::1", "public"],
  ["4000::1", "reserved"],
  ["localhost", "invalid"],
  ["256.1.1.1", "invalid"],
  ["1.2.3", "invalid"],
  ["::ffff:1.2.3.400", "invalid"],
  ["", "invalid"],
];

describe("classifyAddress", () => {
  it.each(CASES)("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("CIDR ranges", () => {
  it("match by prefix, v4 and v6, never across versions", () => {
    const v4 = parseCidr("10.1.0.0/16");
    const v6 = parseCidr("fd00::/8");
    const ip = (s: string) => parseIp(s) ?? expect.fail(s);
    expect(v4 && cidrContains(v4, ip("10.1.255.3"))).toBe(true);
    expect(v4 && cidrContains(v4, ip("10.2.0.0"))).toBe(false);
    expect(v4 && cidrContains(v4, ip("::ffff:10.1.0.1"))).toBe(false);
    expect(v6 && cidrContains(v6, ip("fd12::1"))).toBe(true);
    expect(v6 && cidrContains(v6, ip("fc12::1"))).toBe(false);
    expect(parseCidr("127.0.0.1")).toEqual({ version: 4, base: 0x7f000001n, prefix: 32 });
    for (const bad of ["10.0.0.0/33", "::/129", "10.0.0.0/8/1", "nope/8", "10.0.0.0/x"]) expect(parseCidr(bad)).toBeNull();
  });
});

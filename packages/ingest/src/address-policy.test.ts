import { describe, expect, it } from "vitest";
import { allowListFromEnv, isAllowListed, isPublicAddress } from "./address-policy";

describe("isPublicAddress", () => {
  const refused: [string, string][] = [
    ["IPv4 loopback", "127.0.0.1"],
    ["IPv4 loopback, other", "127.8.9.10"],
    ["private 10/8", "10.1.2.3"],
    ["private 172.16/12", "172.20.0.1"],
    ["private 192.168/16", "192.168.1.1"],
    ["link-local / cloud metadata", "169.254.169.254"],
    ["carrier-grade NAT", "100.64.0.1"],
    ["unspecified", "0.0.0.0"],
    ["broadcast", "255.255.255.255"],
    ["multicast", "224.0.0.1"],
    ["IPv6 loopback", "::1"],
    ["IPv6 unspecified", "::"],
    ["IPv6 link-local", "fe80::1"],
    ["IPv6 unique local", "fd12:3456::1"],
    ["IPv6 multicast", "ff02::1"],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
    ["IPv4-mapped private", "::ffff:10.0.0.1"],
    ["not an address", "example.com"],
  ];
  for (const [label, address] of refused) {
    it(`refuses ${label} (${address})`, () => expect(isPublicAddress(address)).toBe(false));
  }
  it("accepts public unicast addresses", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:4700:4700::1111")).toBe(true);
    expect(isPublicAddress("::ffff:93.184.216.34")).toBe(true);
  });
});

describe("allow-list", () => {
  it("matches host with or without a port", () => {
    const list = allowListFromEnv(" 127.0.0.1:4010, intranet.local ,[::1]:80");
    expect(isAllowListed(list, "127.0.0.1", "4010")).toBe(true);
    expect(isAllowListed(list, "127.0.0.1", "4011")).toBe(false);
    expect(isAllowListed(list, "INTRANET.local", "8080")).toBe(true);
    expect(isAllowListed(list, "[::1]", "80")).toBe(true);
    expect(isAllowListed([], "127.0.0.1", "80")).toBe(false);
  });
});

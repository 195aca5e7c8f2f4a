import ipaddr from "ipaddr.js";

/**
 * Address ranges a fetch must never reach: loopback, private, link-local (incl. cloud metadata at
 * 169.254.169.254), carrier-grade NAT, unique-local, multicast, unspecified and reserved ranges.
 * Everything that isn't ordinary public unicast is refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    // An IPv4 address in IPv6 clothing is judged as the IPv4 address it carries.
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === "unicast";
}

/** `host` or `host:port` entries that may be fetched even though they are not public (tests, intranets). */
export type AllowList = readonly string[];

export function isAllowListed(allowList: AllowList, hostname: string, port: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return allowList.some((entry) => {
    const [allowedHost, allowedPort] = splitHostPort(entry.toLowerCase());
    return allowedHost === host && (allowedPort === null || allowedPort === port);
  });
}

function splitHostPort(entry: string): [string, string | null] {
  const bracketed = /^\[(.+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return [bracketed[1] ?? "", bracketed[2] ?? null];
  const parts = entry.split(":");
  if (parts.length === 2) return [parts[0] ?? "", parts[1] ?? null];
  return [entry, null];
}

/** Parses `CLAIMDESK_FETCH_ALLOW` ("127.0.0.1:4010, intranet.local"). */
export function allowListFromEnv(value: string | undefined): AllowList {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

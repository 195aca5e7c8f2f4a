import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { type AllowList, isAllowListed, isPublicAddress } from "./address-policy";

export class FetchRefused extends Error {
  override name = "FetchRefused";
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchPageOptions {
  allowList?: AllowList;
  /** DNS resolution; tests stub it to simulate names that resolve to private ranges. */
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address the body came from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

const ACCEPTED_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];
const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const systemResolve: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * A DNS lookup for the socket that refuses non-public addresses. It runs after resolution and before
 * connecting, so a name that resolves to a private address (or is re-pointed there) is caught too.
 */
function guardedLookup(resolve: Resolver, allowList: AllowList, port: string): LookupFunction {
  return (hostname, _options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const allowed = isAllowListed(allowList, hostname, port);
        const usable = addresses.find((entry) => allowed || isPublicAddress(entry.address));
        if (!usable) {
          callback(
            new FetchRefused(`Refused ${hostname}: it resolves to a private or reserved address.`),
            "",
            4,
          );
          return;
        }
        callback(null, usable.address, usable.family);
      },
      (error: Error) => callback(error, "", 4),
    );
  };
}

function checkUrl(raw: string, allowList: AllowList): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused(`"${raw}" is not a valid address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefused(
      `Only http and https addresses can be fetched, not ${url.protocol.replace(":", "")}.`,
    );
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  // The socket lookup is skipped for literal IPs, so they are checked here.
  if (isIP(host) && !isAllowListed(allowList, host, port) && !isPublicAddress(host)) {
    throw new FetchRefused(`Refused ${host}: private or reserved address.`);
  }
  return url;
}

function decode(response: IncomingMessage): NodeJS.ReadableStream {
  switch ((response.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
      return response.pipe(createGunzip());
    case "deflate":
      return response.pipe(createInflate());
    case "br":
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

function charsetOf(contentType: string): BufferEncoding {
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  return charset === "iso-8859-1" || charset === "latin1" || charset === "windows-1252" ? "latin1" : "utf8";
}

async function requestOnce(url: URL, options: Required<FetchPageOptions>, signal: AbortSignal) {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = send(url, {
      method: "GET",
      signal,
      lookup: guardedLookup(options.resolve, options.allowList, port),
      headers: {
        "user-agent": "ClaimDesk/0.1 (+https://github.com/claimdesk) article fetcher",
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}

/**
 * Fetches one web page for article extraction, with limits on time, size, redirects and content type.
 * Throws FetchRefused with a reader-friendly message for anything it won't fetch.
 */
export async function fetchPage(rawUrl: string, given: FetchPageOptions = {}): Promise<FetchedPage> {
  const options: Required<FetchPageOptions> = {
    allowList: given.allowList ?? [],
    resolve: given.resolve ?? systemResolve,
    timeoutMs: given.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: given.maxBytes ?? DEFAULTS.maxBytes,
    maxRedirects: given.maxRedirects ?? DEFAULTS.maxRedirects,
  };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = checkUrl(rawUrl, options.allowList);
  for (let redirects = 0; ; redirects++) {
    let response: IncomingMessage;
    try {
      response = await requestOnce(url, options, signal);
    } catch (error) {
      if (error instanceof FetchRefused) throw error;
      if (signal.aborted)
        throw new FetchRefused(`${url.host} did not answer within ${options.timeoutMs / 1000} s.`);
      throw new FetchRefused(`Could not reach ${url.host}: ${(error as Error).message}`);
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (redirects >= options.maxRedirects)
        throw new FetchRefused(`Too many redirects (more than ${options.maxRedirects}).`);
      // Every hop is checked again: a redirect to a private address is refused like a direct link.
      url = checkUrl(new URL(response.headers.location, url).toString(), options.allowList);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchRefused(`${url.host} answered ${status} for ${url.pathname}.`);
    }
    const contentType = String(response.headers["content-type"] ?? "");
    if (!ACCEPTED_TYPES.some((type) => contentType.toLowerCase().startsWith(type))) {
      response.resume();
      throw new FetchRefused(`Not a web page or text (content type "${contentType || "unknown"}").`);
    }
    const declared = Number(response.headers["content-length"] ?? 0);
    if (declared > options.maxBytes) {
      response.resume();
      throw new FetchRefused(
        `The page is larger than the ${Math.round(options.maxBytes / 1024 / 1024)} MB limit.`,
      );
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of decode(response)) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        size += buffer.length;
        // Counted after decompression, so a small compressed bomb can't slip past the cap.
        if (size > options.maxBytes) {
          response.destroy();
          throw new FetchRefused(
            `The page is larger than the ${Math.round(options.maxBytes / 1024 / 1024)} MB limit.`,
          );
        }
        chunks.push(buffer);
      }
    } catch (error) {
      if (error instanceof FetchRefused) throw error;
      if (signal.aborted)
        throw new FetchRefused(`${url.host} did not finish sending within ${options.timeoutMs / 1000} s.`);
      throw new FetchRefused(`Reading the page failed: ${(error as Error).message}`);
    }
    return { url: url.toString(), contentType, body: Buffer.concat(chunks).toString(charsetOf(contentType)) };
  }
}

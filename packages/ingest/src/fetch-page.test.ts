import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRefused, fetchPage, type Resolver } from "./fetch-page";

const page = readFileSync(new URL("./__fixtures__/article-page.html", import.meta.url), "utf8");
let server: Server;
let origin: string;
let allowList: string[];

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case "/article":
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
        return;
      case "/gzip":
        response
          .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
          .end(gzipSync(page));
        return;
      case "/moved":
        response.writeHead(301, { location: "/article" }).end();
        return;
      case "/to-metadata":
        response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
        return;
      case "/loop":
        response.writeHead(302, { location: "/loop" }).end();
        return;
      case "/huge":
        response.writeHead(200, { "content-type": "text/html" });
        response.end("x".repeat(2 * 1024 * 1024));
        return;
      case "/bomb":
        response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        response.end(gzipSync(Buffer.alloc(3 * 1024 * 1024, 32)));
        return;
      case "/image":
        response.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(10));
        return;
      case "/slow":
        return; // never answers
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowList = [`127.0.0.1:${port}`];
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefused);
  return (error as FetchRefused).message;
}

/** A resolver that answers every name with one address, so no real DNS or network is touched. */
const resolvesTo =
  (address: string, family = 4): Resolver =>
  async () => [{ address, family }];

describe("fetchPage from the allow-listed loopback page server", () => {
  it("fetches a page, following redirects and decompressing", async () => {
    const direct = await fetchPage(`${origin}/article`, { allowList });
    expect(direct.body).toContain("2.4 million containers");
    const moved = await fetchPage(`${origin}/moved`, { allowList });
    expect(moved.url).toBe(`${origin}/article`);
    expect((await fetchPage(`${origin}/gzip`, { allowList })).body).toBe(page);
  });

  it("refuses loopback without the allow-list", async () => {
    expect(await refusal(fetchPage(`${origin}/article`))).toMatch(/private or reserved/);
  });

  it("caps size (also after decompression), content type, redirects and time", async () => {
    expect(await refusal(fetchPage(`${origin}/huge`, { allowList, maxBytes: 1024 * 1024 }))).toMatch(
      /larger than/,
    );
    expect(await refusal(fetchPage(`${origin}/bomb`, { allowList, maxBytes: 1024 * 1024 }))).toMatch(
      /larger than/,
    );
    expect(await refusal(fetchPage(`${origin}/image`, { allowList }))).toMatch(/content type "image\/png"/);
    expect(await refusal(fetchPage(`${origin}/loop`, { allowList, maxRedirects: 3 }))).toMatch(
      /Too many redirects/,
    );
    expect(await refusal(fetchPage(`${origin}/slow`, { allowList, timeoutMs: 300 }))).toMatch(/within 0.3 s/);
    expect(await refusal(fetchPage(`${origin}/missing`, { allowList }))).toMatch(/answered 404/);
  });

  it("refuses a redirect that leads to the metadata address", async () => {
    expect(await refusal(fetchPage(`${origin}/to-metadata`, { allowList }))).toMatch(/169\.254\.169\.254/);
  });
});

describe("fetchPage refuses before connecting", () => {
  it("refuses non-HTTP schemes", async () => {
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.com/x",
      "gopher://example.com",
      "javascript:alert(1)",
    ]) {
      expect(await refusal(fetchPage(url))).toMatch(/Only http and https/);
    }
    expect(await refusal(fetchPage("not a url"))).toMatch(/not a valid address/);
  });

  const literals: [string, string][] = [
    ["IPv4 loopback", "http://127.0.0.1/"],
    ["IPv4 private", "http://10.0.0.8/"],
    ["metadata", "http://169.254.169.254/latest/meta-data/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["IPv6 unique local", "http://[fd00::5]/"],
    ["IPv4-mapped IPv6", "http://[::ffff:192.168.0.1]/"],
    ["unspecified", "http://0.0.0.0/"],
  ];
  for (const [label, url] of literals) {
    it(`refuses a literal ${label} address`, async () => {
      expect(await refusal(fetchPage(url))).toMatch(/private or reserved/);
    });
  }

  const names: [string, string, number][] = [
    ["loopback", "127.0.0.1", 4],
    ["private", "192.168.10.20", 4],
    ["link-local metadata", "169.254.169.254", 4],
    ["carrier-grade NAT", "100.100.1.1", 4],
    ["IPv6 loopback", "::1", 6],
    ["IPv6 link-local", "fe80::abcd", 6],
  ];
  for (const [label, address, family] of names) {
    it(`refuses a DNS name that resolves to a ${label} address`, async () => {
      const message = await refusal(
        fetchPage("http://news.example.test/story", { resolve: resolvesTo(address, family) }),
      );
      expect(message).toMatch(/resolves to a private or reserved address/);
    });
  }
});

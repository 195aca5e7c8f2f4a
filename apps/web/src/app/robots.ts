import type { MetadataRoute } from "next";

/** Readers' pages are for search engines; the newsroom workspace and the APIs behind it are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/desk", "/api/trpc", "/api/auth", "/sign-in", "/sign-out"] },
    ],
  };
}

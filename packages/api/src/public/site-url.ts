/** The public origin used in absolute links (ClaimReview, feeds). */
export function siteUrl(): string {
  return process.env.CLAIMDESK_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}

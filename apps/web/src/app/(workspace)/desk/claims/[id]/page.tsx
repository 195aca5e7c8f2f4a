import type { Metadata } from "next";
import { ClaimWorkspace } from "./claim-workspace";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  return <ClaimWorkspace claimId={(await params).id} />;
}

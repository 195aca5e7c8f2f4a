import type { Metadata } from "next";
import { BatchProgress } from "./batch-progress";

export const metadata: Metadata = { title: "Import progress" };

export default async function BatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  return <BatchProgress batchId={(await params).batchId} />;
}

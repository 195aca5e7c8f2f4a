import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsroomPage } from "../../_components/newsroom-page";

const PAGES = {
  methodology: {
    field: "methodology",
    title: "How we rate claims",
    description: "Our fact-checking methodology.",
  },
  "corrections-policy": {
    field: "correctionsPolicy",
    title: "Corrections policy",
    description: "How we correct our fact checks.",
  },
} as const;

// Not prerendered at build (no database then); cached after the first request and revalidated
// when an admin saves the pages (publishing.updatePages → server/revalidate.ts).
export const revalidate = 300;
export function generateStaticParams(): { page: string }[] {
  return [];
}

type Props = { params: Promise<{ page: string }> };

function pageOf(name: string) {
  return name === "methodology" || name === "corrections-policy" ? PAGES[name] : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageOf((await params).page);
  return page ? { title: page.title, description: page.description } : { title: "Not found" };
}

export default async function AboutPage({ params }: Props) {
  const page = pageOf((await params).page);
  if (!page) notFound();
  return <NewsroomPage field={page.field} title={page.title} />;
}

import { listNewsroomPages } from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { Paragraphs } from "./verdict-list";

/** One IFCN transparency text per newsroom; a newsroom that wrote none is left out. */
export async function NewsroomPage({
  field,
  title,
}: {
  field: "methodology" | "correctionsPolicy";
  title: string;
}) {
  const newsrooms = (await listNewsroomPages(await getDb())).filter(
    (newsroom) => newsroom[field].trim() !== "",
  );
  return (
    <article className="narrow">
      <h1>{title}</h1>
      {newsrooms.length === 0 ? (
        <p className="empty">The newsroom has not published this page yet.</p>
      ) : (
        newsrooms.map((newsroom) => (
          <section key={newsroom.slug} aria-label={newsroom.name} data-testid={`page-${newsroom.slug}`}>
            {newsrooms.length > 1 ? <h2>{newsroom.name}</h2> : null}
            <Paragraphs text={newsroom[field]} />
          </section>
        ))
      )}
    </article>
  );
}

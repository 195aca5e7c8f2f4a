"use client";

export interface SourceDraft {
  key: number;
  url: string;
  title: string;
  publisher: string;
  quote: string;
  accessedAt: string;
}

interface StoredSource {
  url: string;
  title: string | null;
  publisher: string | null;
  quote: string | null;
  accessedAt: Date | string;
}

let nextKey = 0;
const today = () => new Date().toISOString().slice(0, 10);

export function blankSource(): SourceDraft {
  return { key: nextKey++, url: "", title: "", publisher: "", quote: "", accessedAt: today() };
}

export function toSourceDrafts(sources: StoredSource[]): SourceDraft[] {
  if (sources.length === 0) return [blankSource()];
  return sources.map((source) => ({
    key: nextKey++,
    url: source.url,
    title: source.title ?? "",
    publisher: source.publisher ?? "",
    quote: source.quote ?? "",
    accessedAt: new Date(source.accessedAt).toISOString().slice(0, 10),
  }));
}

/** The sources to send; a row left completely empty is not a source. */
export function fromSourceDrafts(drafts: SourceDraft[]) {
  return drafts
    .filter((source) => source.url.trim() !== "" || source.title.trim() !== "" || source.quote.trim() !== "")
    .map(({ key: _key, accessedAt, ...source }) => ({ ...source, accessedAt: new Date(accessedAt) }));
}

/** Add, edit and remove sources: URL, title, publisher, quote and the date accessed. */
export function SourcesEditor({
  sources,
  onChange,
}: {
  sources: SourceDraft[];
  onChange: (next: SourceDraft[]) => void;
}) {
  function update(key: number, field: keyof Omit<SourceDraft, "key">, value: string) {
    onChange(sources.map((source) => (source.key === key ? { ...source, [field]: value } : source)));
  }
  return (
    <fieldset className="stack plain-fieldset">
      <legend>
        <strong>Sources</strong>
      </legend>
      {sources.map((source, index) => (
        <div key={source.key} className="source-editor" data-testid="source">
          <div className="field">
            <label htmlFor={`source-url-${source.key}`}>Source {index + 1} URL</label>
            <input
              id={`source-url-${source.key}`}
              type="url"
              value={source.url}
              onChange={(event) => update(source.key, "url", event.target.value)}
            />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`source-title-${source.key}`}>Title</label>
              <input
                id={`source-title-${source.key}`}
                value={source.title}
                onChange={(event) => update(source.key, "title", event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`source-publisher-${source.key}`}>Publisher</label>
              <input
                id={`source-publisher-${source.key}`}
                value={source.publisher}
                onChange={(event) => update(source.key, "publisher", event.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`source-quote-${source.key}`}>Quote</label>
            <textarea
              id={`source-quote-${source.key}`}
              rows={2}
              value={source.quote}
              onChange={(event) => update(source.key, "quote", event.target.value)}
            />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`source-accessed-${source.key}`}>Accessed on</label>
              <input
                id={`source-accessed-${source.key}`}
                type="date"
                value={source.accessedAt}
                onChange={(event) => update(source.key, "accessedAt", event.target.value)}
              />
            </div>
            <div className="actions align-end">
              <button
                type="button"
                className="danger small"
                onClick={() => onChange(sources.filter((item) => item.key !== source.key))}
              >
                Remove source {index + 1}
              </button>
            </div>
          </div>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="secondary small"
          onClick={() => onChange([...sources, blankSource()])}
        >
          Add a source
        </button>
      </div>
    </fieldset>
  );
}

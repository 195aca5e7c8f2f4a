/** A plain GET form: search works without JavaScript. */
export function SearchForm({
  values = {},
  facets,
}: {
  values?: { q?: string; rating?: string; speaker?: string; tag?: string; from?: string; to?: string };
  facets?: { ratings: string[]; speakers: string[]; tags: string[] };
}) {
  return (
    <search>
      <form action="/search" method="get" className="search-form">
        <div className="search-form__main">
          <label htmlFor="search-q">Search fact checks</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            placeholder="e.g. ridership budget"
          />
          <button type="submit">Search</button>
        </div>
        {facets ? (
          <fieldset className="search-form__filters">
            <legend>Filters</legend>
            <label>
              Rating
              <select name="rating" defaultValue={values.rating ?? ""}>
                <option value="">Any rating</option>
                {facets.ratings.map((rating) => (
                  <option key={rating} value={rating}>
                    {rating}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Speaker
              <input name="speaker" list="speaker-options" defaultValue={values.speaker ?? ""} />
              <datalist id="speaker-options">
                {facets.speakers.map((speaker) => (
                  <option key={speaker} value={speaker} />
                ))}
              </datalist>
            </label>
            <label>
              Tag
              <select name="tag" defaultValue={values.tag ?? ""}>
                <option value="">Any tag</option>
                {facets.tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Published from
              <input name="from" type="date" defaultValue={values.from ?? ""} />
            </label>
            <label>
              Published to
              <input name="to" type="date" defaultValue={values.to ?? ""} />
            </label>
          </fieldset>
        ) : null}
      </form>
    </search>
  );
}

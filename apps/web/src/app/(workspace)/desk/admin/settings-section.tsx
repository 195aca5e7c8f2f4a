"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

export function SettingsSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.newsroom.settings.queryOptions());
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [twoPerson, setTwoPerson] = useState(true);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!settings.data) return;
    setName(settings.data.name);
    setUrl(settings.data.url ?? "");
    setTwoPerson(settings.data.requireSecondApprover);
  }, [settings.data]);
  const update = useMutation(
    trpc.newsroom.updateSettings.mutationOptions({
      async onSuccess() {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.newsroom.settings.queryKey() });
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    update.mutate({ name, url: url || null, requireSecondApprover: twoPerson });
  }

  return (
    <section className="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <form className="form" onSubmit={submit}>
        <ErrorAlert error={settings.error ?? update.error} />
        {saved ? (
          <p className="alert alert--ok" role="status">
            Settings saved.
          </p>
        ) : null}
        <div className="field-row">
          <div className="field">
            <label htmlFor="newsroom-name">Name</label>
            <input id="newsroom-name" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="newsroom-url">Website</label>
            <input
              id="newsroom-url"
              type="url"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          </div>
        </div>
        <label>
          <input
            type="checkbox"
            className="inline-check"
            checked={twoPerson}
            onChange={(event) => setTwoPerson(event.target.checked)}
          />
          Two-person rule: the author of a verdict cannot approve it
        </label>
        <div>
          <button type="submit" disabled={update.isPending}>
            Save settings
          </button>
        </div>
      </form>
    </section>
  );
}

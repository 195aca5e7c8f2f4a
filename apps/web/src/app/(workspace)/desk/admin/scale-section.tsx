"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

/** The rating scale: ordered labels, each with an optional number for ClaimReview. */
export function ScaleSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const scale = useQuery(trpc.newsroom.scale.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.newsroom.scale.queryKey() });
  const add = useMutation(trpc.newsroom.addLabel.mutationOptions({ onSuccess: refresh }));
  const retire = useMutation(trpc.newsroom.setLabelRetired.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.newsroom.deleteLabel.mutationOptions({ onSuccess: refresh }));
  const [label, setLabel] = useState("");
  const [value, setValue] = useState("");
  const [description, setDescription] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      { label, description: description || null, value: value === "" ? null : Number(value) },
      {
        onSuccess: () => {
          setLabel("");
          setValue("");
          setDescription("");
        },
      },
    );
  }

  return (
    <section className="card stack" aria-labelledby="scale-heading">
      <h2 id="scale-heading">Rating scale</h2>
      <p className="muted small">
        Numbered labels become ClaimReview ratings (the highest number is the best rating). Labels without a
        number are text-only. A label already used by a verdict can be retired but not deleted.
      </p>
      <ErrorAlert error={scale.error ?? retire.error ?? remove.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Number</th>
            <th scope="col">Meaning</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scale.data?.map((entry) => (
            <tr key={entry.id} className={entry.retired ? "muted" : undefined}>
              <td>
                {entry.label} {entry.retired ? <span className="status">retired</span> : null}
              </td>
              <td>{entry.value ?? "—"}</td>
              <td className="small">{entry.description}</td>
              <td className="actions">
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => retire.mutate({ labelId: entry.id, retired: !entry.retired })}
                >
                  {entry.retired ? "Restore" : "Retire"}
                </button>
                <button
                  type="button"
                  className="danger small"
                  onClick={() => remove.mutate({ labelId: entry.id })}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="form" onSubmit={submit} aria-label="Add a rating label">
        <ErrorAlert error={add.error} />
        <div className="field-row">
          <div className="field">
            <label htmlFor="label-name">New label</label>
            <input id="label-name" value={label} onChange={(event) => setLabel(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="label-value">Number (optional)</label>
            <input
              id="label-value"
              type="number"
              min={1}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="label-description">Meaning</label>
            <input
              id="label-description"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
        </div>
        <div>
          <button type="submit" disabled={add.isPending || label.trim() === ""}>
            Add label
          </button>
        </div>
      </form>
    </section>
  );
}

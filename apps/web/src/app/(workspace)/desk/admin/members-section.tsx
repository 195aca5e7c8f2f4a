"use client";

import type { Role } from "@claimdesk/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

const ROLES: { value: Role; label: string }[] = [
  { value: "admin", label: "Admin" },
  { value: "editor", label: "Editor" },
  { value: "fact_checker", label: "Fact-checker" },
];

const parseTags = (text: string) =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

export function MembersSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.newsroom.members.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.newsroom.members.queryKey() });
  const update = useMutation(trpc.newsroom.updateMember.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.newsroom.removeMember.mutationOptions({ onSuccess: refresh }));
  const add = useMutation(trpc.newsroom.addMember.mutationOptions({ onSuccess: refresh }));
  const [draft, setDraft] = useState({
    email: "",
    name: "",
    password: "",
    role: "fact_checker" as Role,
    expertise: "",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      {
        email: draft.email,
        name: draft.name || undefined,
        password: draft.password || undefined,
        role: draft.role,
        expertise: parseTags(draft.expertise),
      },
      {
        onSuccess: () => setDraft({ email: "", name: "", password: "", role: "fact_checker", expertise: "" }),
      },
    );
  }

  return (
    <section className="card stack" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ErrorAlert error={members.error ?? update.error ?? remove.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Expertise (comma-separated)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.data?.map((member) => (
            <tr key={member.userId}>
              <td>
                {member.name}
                <div className="muted small">{member.email}</div>
              </td>
              <td>
                <label htmlFor={`role-${member.userId}`} className="visually-hidden">
                  Role of {member.name}
                </label>
                <select
                  id={`role-${member.userId}`}
                  value={member.role}
                  onChange={(event) =>
                    update.mutate({
                      userId: member.userId,
                      role: event.target.value as Role,
                      expertise: member.expertise,
                    })
                  }
                >
                  {ROLES.map((role) => (
                    <option key={role.value} value={role.value}>
                      {role.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <label htmlFor={`expertise-${member.userId}`} className="visually-hidden">
                  Expertise of {member.name}
                </label>
                <input
                  id={`expertise-${member.userId}`}
                  defaultValue={member.expertise.join(", ")}
                  onBlur={(event) =>
                    update.mutate({
                      userId: member.userId,
                      role: member.role,
                      expertise: parseTags(event.target.value),
                    })
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  className="danger small"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ userId: member.userId })}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="form" onSubmit={submit} aria-label="Add a member">
        <h3>Add a member</h3>
        <ErrorAlert error={add.error} />
        <div className="field-row">
          <div className="field">
            <label htmlFor="member-email">Email</label>
            <input
              id="member-email"
              type="email"
              value={draft.email}
              onChange={(event) => setDraft({ ...draft, email: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="member-role">Role</label>
            <select
              id="member-role"
              value={draft.role}
              onChange={(event) => setDraft({ ...draft, role: event.target.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="member-name">Name (new accounts)</label>
            <input
              id="member-name"
              value={draft.name}
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="member-password">Initial password (new accounts)</label>
            <input
              id="member-password"
              type="password"
              autoComplete="new-password"
              value={draft.password}
              onChange={(event) => setDraft({ ...draft, password: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="member-expertise">Expertise</label>
            <input
              id="member-expertise"
              value={draft.expertise}
              onChange={(event) => setDraft({ ...draft, expertise: event.target.value })}
            />
          </div>
        </div>
        <div>
          <button type="submit" disabled={add.isPending || draft.email === ""}>
            Add member
          </button>
        </div>
      </form>
    </section>
  );
}

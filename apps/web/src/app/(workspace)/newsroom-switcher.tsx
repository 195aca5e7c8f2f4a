import type { ActiveMembership } from "@claimdesk/api";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { NEWSROOM_COOKIE } from "~/server/session";

/** Works without client JS: a form posting to a server action that remembers the choice in a cookie. */
export function NewsroomSwitcher({
  memberships,
  activeId,
}: {
  memberships: ActiveMembership[];
  activeId: string;
}) {
  async function switchNewsroom(form: FormData) {
    "use server";
    const newsroomId = String(form.get("newsroomId") ?? "");
    // The context ignores a cookie naming a newsroom the user doesn't belong to, so no check is needed here.
    (await cookies()).set(NEWSROOM_COOKIE, newsroomId, { httpOnly: true, sameSite: "lax", path: "/" });
    redirect("/desk");
  }
  if (memberships.length < 2) return null;
  return (
    <form action={switchNewsroom} className="inline-form">
      <label htmlFor="newsroom-switch" className="visually-hidden">
        Newsroom
      </label>
      <select id="newsroom-switch" name="newsroomId" defaultValue={activeId}>
        {memberships.map((membership) => (
          <option key={membership.newsroomId} value={membership.newsroomId}>
            {membership.newsroomName} ({membership.role.replace("_", "-")})
          </option>
        ))}
      </select>
      <button type="submit" className="secondary small">
        Switch
      </button>
    </form>
  );
}

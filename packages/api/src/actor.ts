import type { Role } from "./authz/permissions";

/** Who is acting, and in which newsroom: every service function is scoped by it. */
export interface Actor {
  userId: string;
  newsroomId: string;
  role: Role;
}

import type { Metadata } from "next";
import { MembersSection } from "./members-section";
import { ScaleSection } from "./scale-section";
import { SettingsSection } from "./settings-section";

export const metadata: Metadata = { title: "Newsroom admin" };

export default function AdminPage() {
  return (
    <div className="stack">
      <h1>Newsroom admin</h1>
      <SettingsSection />
      <MembersSection />
      <ScaleSection />
    </div>
  );
}

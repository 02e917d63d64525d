"use client";

/** Revokes one token after the admin confirms (the server checks the admin again). */
export function RevokeButton({
  id,
  action,
  label,
  confirm,
}: {
  id: string;
  action: (form: FormData) => Promise<void>;
  label: string;
  confirm: string;
}) {
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary">
        {label}
      </button>
    </form>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";

/** One choice of a view option: the current one is shown, the others are links to the view with it. */
export interface ViewOption {
  key: string;
  label: ReactNode;
  href: string;
  current: boolean;
}

/**
 * A row of choices for one option of a view ("排序：语料顺序 · 左语境 · …"),
 * each link marked `data-<name>` with its value so tests and scripts can find it.
 */
export function ViewOptions({ title, name, options }: { title: string; name: string; options: ViewOption[] }) {
  return (
    <p>
      {title}
      {options.map((o, i) => (
        <span key={o.key}>
          {i > 0 && " · "}
          {o.current ? (
            <strong aria-current="true">{o.label}</strong>
          ) : (
            <Link href={o.href} className="text-blue-800 underline" {...{ [`data-${name}`]: o.key }}>
              {o.label}
            </Link>
          )}
        </span>
      ))}
    </p>
  );
}

/** The search form: a plain GET form to /search, so it works without JavaScript. */
export function SearchBox({ defaultValue = "", className = "", autoFocus = false }: { defaultValue?: string; className?: string; autoFocus?: boolean }) {
  return (
    <form action="/search" method="get" role="search" className={`flex gap-2 ${className}`}>
      <label htmlFor={autoFocus ? "q-main" : "q"} className="sr-only">
        检索段落
      </label>
      <input
        id={autoFocus ? "q-main" : "q"}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="检索段落，如：新质生产力"
        autoFocus={autoFocus}
        className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-1.5"
      />
      <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 text-white hover:bg-blue-900">
        检索
      </button>
    </form>
  );
}

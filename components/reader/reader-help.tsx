interface Strings {
  open: string;
  title: string;
  close: string;
  keys: { keys: string[]; label: string }[];
}

/** The keyboard help: a native modal dialog, opened by its button or by `?` (see ReaderBehavior). */
export function ReaderHelp({ strings }: { strings: Strings }) {
  return (
    <>
      <button type="button" className="help-open" data-help-open aria-haspopup="dialog" aria-controls="reader-help">
        {strings.open}
      </button>
      <dialog id="reader-help" className="help" aria-labelledby="reader-help-title">
        <h2 id="reader-help-title">{strings.title}</h2>
        <dl>
          {strings.keys.map((entry) => (
            <div key={entry.label}>
              <dt>
                {entry.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' / ' : ''}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{entry.label}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" autoFocus>{strings.close}</button>
        </form>
      </dialog>
    </>
  );
}

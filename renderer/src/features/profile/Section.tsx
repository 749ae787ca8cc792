import type { ReactNode } from 'react'

/** A profile section: an anchor target with a heading, and "not in this pack" when empty. */
export function Section({
  id,
  title,
  source,
  children,
  missing,
}: {
  id: string
  title: string
  source?: string | null
  children?: ReactNode
  /** Text shown instead of the content (e.g. "Tools are not in this data pack."). */
  missing?: string | null
}) {
  return (
    <section id={id} className="pf-section" aria-labelledby={`${id}-h`} tabIndex={-1}>
      <h2 id={`${id}-h`}>{title}</h2>
      {missing ? <p className="pf-not-available">{missing}</p> : children}
      {source && !missing ? (
        <p className="figure-source" title={`Source: ${source}`}>
          Source: {source}
        </p>
      ) : null}
    </section>
  )
}

/** A figure's value with its source on hover and for assistive technology. */
export function Sourced({ text, source }: { text: string; source: string }) {
  return (
    <span title={`Source: ${source}`} className="pf-sourced">
      {text}
    </span>
  )
}

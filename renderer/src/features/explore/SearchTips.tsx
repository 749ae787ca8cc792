/** What to try: shown before anything is typed and when a search finds nothing. */
const EXAMPLES: { label: string; items: string[] }[] = [
  { label: 'Job titles', items: ['registered nurse', 'electrician', 'software developer', 'paralegal'] },
  {
    label: 'Words students use',
    items: ['cop', 'vet tech', 'coder', 'something with kids', 'game designer'],
  },
  { label: 'Occupation codes', items: ['29-2072', '15-1252.00', '47-2111'] },
  { label: 'Tasks and tools', items: ['blood pressure', 'autocad', 'forklift'] },
]

export function SearchTips({ onPick }: { onPick: (q: string) => void }) {
  return (
    <div className="ex-tips">
      {EXAMPLES.map((g) => (
        <div key={g.label} className="ex-tip-group">
          <h3>{g.label}</h3>
          <ul>
            {g.items.map((q) => (
              <li key={q}>
                <button type="button" className="ex-chip" onClick={() => onPick(q)}>
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}

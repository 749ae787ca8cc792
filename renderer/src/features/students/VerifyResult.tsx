import type { DisclosureVerification } from '../../../../shared/domain/students'

/** The answer of "Verify log": intact (with the newest link printed on reports), or what was altered. */
export function VerifyResult({ v }: { v: DisclosureVerification }) {
  return v.ok ? (
    <p className="st-success" role="status">
      ✓ The log is intact:{' '}
      {v.checked === 0
        ? 'nothing has been disclosed yet.'
        : v.checked === 1
          ? 'its 1 entry checks out.'
          : `all ${v.checked} entries check out.`}
      {v.head ? (
        <>
          {' '}
          Newest link (printed on reports and exports):{' '}
          <code className="st-chain-head">{v.head.hash.match(/.{1,8}/g)?.join(' ')}</code>
        </>
      ) : null}
    </p>
  ) : (
    <div className="error-box" role="alert">
      <strong>The disclosure log was altered outside Career Atlas.</strong>
      <ul>
        {v.problems.map((p) => (
          <li key={`${p.studentId}-${p.seq}-${p.problem}`}>
            {p.seq > 0 ? `Entry ${p.seq}: ` : ''}
            {p.problem}
          </li>
        ))}
      </ul>
      <div>Restore the records from a backup made before the change, and tell your records officer.</div>
    </div>
  )
}

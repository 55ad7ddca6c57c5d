import { useState } from 'react'
import type { Me } from '../../core/index.js'
import { CoachInvitesSection } from './CoachInvitesSection.js'
import { DataSection } from './DataSection.js'
import { DeleteAccountSection } from './DeleteAccountSection.js'
import { PasswordSection } from './PasswordSection.js'
import { YourDataSection } from './YourDataSection.js'

/**
 * The account: data as a file, what is stored (with delete and undo), and the end.
 * Password and coaches exist only in server mode, where there are accounts.
 */
export function AccountScreen({ me, onGone }: { me: Me; onGone: () => void }) {
  const server = me.mode === 'server'
  // Bumped after an import so the list below shows what arrived.
  const [version, setVersion] = useState(0)
  return (
    <>
      <h1 tabIndex={-1}>{server ? 'Account' : 'Your data'}</h1>
      <p>
        {server
          ? `Signed in as ${me.person?.email ?? 'you'}.`
          : 'Local mode: everything stays on this computer, in one database file.'}
      </p>
      <DataSection onImported={() => setVersion((v) => v + 1)} />
      {server ? <PasswordSection /> : null}
      {server ? <CoachInvitesSection /> : null}
      <YourDataSection version={version} />
      <DeleteAccountSection me={me} onDeleted={onGone} />
    </>
  )
}

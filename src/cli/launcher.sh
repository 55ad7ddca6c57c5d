#!/bin/sh
# The `headway` command. `headway analyze` is what editors, git hooks and scripts run
# once per file, and `headway batch` what a script scoring a set runs, so both start
# node straight from the saved heap of analyze.blob (snapshot.ts says why) instead of
# starting a node launcher that starts another: one process start, not two.
# Everything else, and a blob this node refuses, runs bin.js (the commands are those of
# SNAPSHOT_COMMANDS in snapshot.ts). scripts/build-snapshot.ts writes this file beside
# the blob, with the V8 flags the blob was built under in place of the marker below.
self=$0
# npm links the command from node_modules/.bin: follow the links to this folder.
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
case $self in */*) dir=${self%/*} ;; *) dir=. ;; esac
blob=$dir/analyze.blob
flags='@SNAPSHOT_FLAGS@'
if { [ "$1" = analyze ] || [ "$1" = batch ]; } && [ -z "$HEADWAY_NO_SNAPSHOT" ] && [ -n "$flags" ] && [ -f "$blob" ]; then
  # --company and --audio load modules the snapshot leaves out: the normal path.
  case " $* " in *' --company'* | *' --audio'*) ;; *)
    # Standard output streams through; standard error is held back (as bin.js does) so
    # the message of a refused blob (exit 14, before any output) is never shown. The
    # child goes without NODE_EXTRA_CA_CERTS, which it never uses (snapshotEnv).
    err=$(
      unset NODE_EXTRA_CA_CERTS
      # shellcheck disable=SC2086 # the flags are separate words
      node $flags --snapshot-blob "$blob" "$@" 2>&1 1>&3
      printf '.%s' "$?"
    ) 3>&1
    status=${err##*.}
    err=${err%.*}
    case $status:$err in
      14:*'startup snapshot'*) ;;
      *)
        [ -z "$err" ] || printf '%s' "$err" >&2
        exit "$status"
        ;;
    esac
    ;;
  esac
  export HEADWAY_NO_SNAPSHOT=1
fi
exec node "$dir/bin.js" "$@"

#!/bin/bash
# A scripted FTD 7.4 for tests, run by a real OpenSSH sshd as the login's ForceCommand: the clish's '> ' prompt,
# `show network` and `show managers` printing the verbatim 7.4.2 samples of the facts file (B1; show network's lines
# right-padded), and `expert` opening a real interactive bash (readline, bracketed paste on, as bash >= 5.1 has it)
# with the device's prompt.
# Line ends are the pty's own (onlcr turns \n into \r\n), as for a real program.
here=$(cd "$(dirname "$0")" && pwd)
printf 'Copyright 2004-2023, Cisco and/or its affiliates. All rights reserved.\n'
printf 'Cisco is a registered trademark of Cisco Systems, Inc.\n'
printf 'All other trademarks are property of their respective owners.\n\n'
printf 'Cisco Firepower Extensible Operating System (FX-OS) v2.14.1 (build 131)\n'
printf 'Cisco Firepower Threat Defense for VMware v7.4.1 (build 172)\n\n'
printf 'set enable-bracketed-paste on\n' > "$here/inputrc"
mkdir -p "$here/home"
while printf '> ' && IFS= read -r line; do
  case "$line" in
    '') ;;
    'show network') cat "$here/show-network.txt" ;;
    'show managers') cat "$here/show-managers.txt" ;;
    expert)
      printf '**************************************************************\n'
      printf 'NOTICE - Shell access will be deprecated in future releases\n'
      printf '         and will be replaced with a separate expert mode CLI.\n'
      printf '**************************************************************\n'
      # a login shell (its exit says logout, as the FTD's does) that reads no profile or rc file of this host
      (cd "$here/home" && env -i HOME="$here/home" TERM="$TERM" PATH=/usr/bin:/bin INPUTRC="$here/inputrc" \
        PS1='admin@firepower:\w$ ' bash --noprofile --norc -l -i) ;;
    exit|logout) exit 0 ;;
    *) printf 'Syntax error: Illegal command line\n' ;;
  esac
done

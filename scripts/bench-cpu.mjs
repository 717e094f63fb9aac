// CPU time used by a process and everything it started, read from Linux's /proc: the floor under a load's
// wall time. The bench's cold load keeps every core of this machine busy (the browser's threads and the
// demo server emulating the vendors), so no schedule of the same work can end before its CPU time divided
// by the number of cores. Elsewhere than Linux it reads nothing, and the bench says so.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Linux reports per-process CPU time in clock ticks of 1/100 s (USER_HZ, the same on every architecture). */
const TICKS_PER_SECOND = 100;

/** pid -> { ppid, ticks } of every live process, or null where there is no /proc. */
function processTable() {
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const table = new Map();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while being read
    }
    // Fields after the command name, which may itself hold spaces and parentheses: state ppid ... utime stime.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
  }
  return table;
}

/** Seconds of CPU used so far by each root pid and its live descendants, or null off Linux. */
export function cpuSeconds(rootPids) {
  const table = processTable();
  if (table === null) return null;
  const children = new Map();
  for (const [pid, { ppid }] of table) {
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  return rootPids.map((root) => {
    let ticks = 0;
    const queue = [root];
    while (queue.length > 0) {
      const pid = queue.pop();
      ticks += table.get(pid)?.ticks ?? 0;
      queue.push(...(children.get(pid) ?? []));
    }
    return ticks / TICKS_PER_SECOND;
  });
}

/** Cores this process may run on. */
export function coreCount() {
  return os.availableParallelism();
}

"""Whole-process timing, shared by Benchmarks/run and Benchmarks/peers.

A chat engine is timed as people run it: a fresh process fed a file of lines on standard
input. The time of a reply is the difference between feeding it all the lines and feeding it
the first line alone, spread over the lines after the first, so start-up (loading the brain)
cancels out: per reply = (t(n lines) - t(1 line)) / (n - 1). Each figure is the best of
several runs, because on a shared machine noise only ever adds time.
"""
import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SYNTHETIC = os.path.join(HERE, ".synthetic")
SYNTHETIC_ANSWER = re.compile(rb"This is synthetic answer number (\d+)\.")


@dataclass
class Run:
    seconds: float
    peak_kib: int  # maximum resident set, what `/usr/bin/time -f %M` prints
    stdout: bytes


@dataclass
class PerReply:
    per_reply: float  # seconds
    first_reply: float  # seconds from start to the first reply: the load time
    peak_kib: int  # the largest of the all-lines runs
    stdout: bytes  # of one all-lines run, to check what was answered
    lines: int


def run_once(command, input_path):
    """Runs command once with input_path on standard input; its output goes to a file
    (not a pipe we would have to drain while timing)."""
    with open(input_path, "rb") as stdin, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=stdin, stdout=out, stderr=err)
        # wait4 gives the child's own resource usage, so peak memory needs no extra run under
        # /usr/bin/time: ru_maxrss (KiB on Linux) is the figure its %M prints.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: "
                               f"{err.read().decode(errors='replace')[-2000:]}")
        out.seek(0)
        return Run(seconds, usage.ru_maxrss, out.read())


def per_reply(command, lines, runs):
    """Best-of-runs per reply and start to first reply of command on lines (a list of str)."""
    if len(lines) < 2:
        raise ValueError("per reply needs at least two lines")
    with tempfile.TemporaryDirectory() as folder:
        one, every = os.path.join(folder, "one.txt"), os.path.join(folder, "all.txt")
        write_lines(one, lines[:1])
        write_lines(every, lines)
        ones, alls = [], []
        for _ in range(runs):
            # Alternated, so a slow spell of the machine hits both kinds of run alike.
            ones.append(run_once(command, one))
            alls.append(run_once(command, every))
    best_one = min(r.seconds for r in ones)
    best_all = min(r.seconds for r in alls)
    return PerReply((best_all - best_one) / (len(lines) - 1), best_one,
                    max(r.peak_kib for r in alls), alls[-1].stdout, len(lines))


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def synthetic_dir(size):
    return os.path.join(SYNTHETIC, str(size))


def ensure_synthetic(sizes):
    """Writes the synthetic brains that are missing or older than make-synthetic-brain, than
    the built-in messages or than the engine's concept names, whose names it copies (such a
    brain may no longer load)."""
    generator = os.path.join(HERE, "make-synthetic-brain")
    messages = os.path.join(os.path.dirname(HERE), "Intents", "messages.yaml")
    concepts = os.path.join(os.path.dirname(HERE), "Sources", "TingleKit", "Brain", "ConceptKey.swift")
    newest = max(os.path.getmtime(generator), os.path.getmtime(messages), os.path.getmtime(concepts))
    for size in sizes:
        utterances = os.path.join(synthetic_dir(size), "utterances.txt")
        if not os.path.exists(utterances) or os.path.getmtime(utterances) < newest:
            subprocess.run([generator, str(size), synthetic_dir(size)], check=True)


def synthetic_answers(replies):
    """The synthetic answer number in each reply line (bytes), or None for a fallback."""
    numbers = []
    for reply in replies:
        found = SYNTHETIC_ANSWER.search(reply)
        numbers.append(int(found.group(1)) if found else None)
    return numbers


def tingle_binary():
    """TINGLE_BINARY if set (to reuse a binary already built), else a fresh release build."""
    if os.environ.get("TINGLE_BINARY"):
        return os.environ["TINGLE_BINARY"]
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "tingle", "--package-path", ROOT],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build", "release", "tingle")


def duration(seconds):
    """Three significant figures in the unit that suits: 23.4 µs, 1.23 ms, 2.41 s."""
    for unit, scale in [("s", 1), ("ms", 1e-3), ("µs", 1e-6)]:
        if abs(seconds) >= scale or unit == "µs":
            return f"{seconds / scale:.3g} {unit}"
    raise AssertionError("unreachable")


def memory(kib):
    return f"{kib * 1024 / 1e6:.0f} MB"


def count(number):
    return f"{number:,}"

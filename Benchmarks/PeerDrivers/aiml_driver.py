"""python-aiml as a whole process: learns one AIML file, then answers each line of
standard input with one line. Usage: python aiml_driver.py BRAIN.aiml < lines"""
import sys

import aiml


def main():
    kernel = aiml.Kernel()
    kernel.verbose(False)  # no "Loading..." chatter on standard output
    kernel.learn(sys.argv[1])
    out = sys.stdout
    for line in sys.stdin:
        # A reply never holds a newline (the templates are one line), so replies and lines pair up.
        out.write(kernel.respond(line.rstrip("\n")) + "\n")


if __name__ == "__main__":
    main()

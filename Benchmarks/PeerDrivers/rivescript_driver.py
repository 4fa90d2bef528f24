"""RiveScript as a whole process: loads one .rive file, then answers each line of standard
input with one line. Usage: python rivescript_driver.py BRAIN.rive < lines"""
import sys

from rivescript import RiveScript


def main():
    bot = RiveScript()
    bot.load_file(sys.argv[1])
    bot.sort_replies()  # RiveScript matches triggers in sorted order; sorting is part of loading
    out = sys.stdout
    for line in sys.stdin:
        out.write(bot.reply("runner", line.rstrip("\n")) + "\n")


if __name__ == "__main__":
    main()

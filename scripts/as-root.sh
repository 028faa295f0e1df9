#!/bin/sh
# Run a command as root: directly when already root (a fresh Debian machine
# often has no sudo), through sudo otherwise.  Used for apt-get and for
# `make install` into the system PostgreSQL.
if [ "$(id -u)" -eq 0 ]; then
	exec "$@"
fi
if ! command -v sudo >/dev/null 2>&1; then
	echo "as-root.sh: not root and no sudo: run as root, or install sudo" >&2
	exit 1
fi
exec sudo "$@"

# Writes src/sql/10_types.sql from its template, src/sql/10_types.sql.in
# (the template's own header says how it is laid out):
#   awk -f src/sql/gen_types.awk src/sql/10_types.sql.in > src/sql/10_types.sql
# POSIX awk only; the placeholders are replaced as plain text, so a value may
# hold any character ("&" and "\" included).

# Every occurrence of the text "from" in s replaced by the text "to".
function replace(s, from, to,    out, i) {
	out = ""
	while ((i = index(s, from)) > 0) {
		out = out substr(s, 1, i - 1) to
		s = substr(s, i + length(from))
	}
	return out s
}

function fail(msg) {
	print "gen_types.awk: " FILENAME ":" FNR ": " msg > "/dev/stderr"
	failed = 1
	exit 1
}

BEGIN { ntypes = 0; nblock = 0; state = "head" }

# "--@ type NAME ROWS DESCRIPTION..."
/^--@ type / {
	if (state != "head")
		fail("a type line after the block")
	if (NF < 5 || $3 !~ /^[a-z][a-z_]*$/ || $4 !~ /^[1-9][0-9]*$/)
		fail("expected: --@ type NAME ROWS DESCRIPTION")
	ntypes++
	name[ntypes] = $3
	rows[ntypes] = $4
	d = $0
	sub(/^--@ type [^ ]+ [^ ]+ /, "", d)
	desc[ntypes] = d
	next
}
/^--@ begin type$/ { if (state != "head") fail("a second block"); state = "block"; next }
/^--@ end type$/   { if (state != "block") fail("end without begin"); state = "tail"; next }
/^--@/ { next }

state == "head"  { print; next }
state == "block" { block[++nblock] = $0; next }
state == "tail"  { fail("text after the block") }

END {
	if (failed)
		exit 1
	if (state != "tail" || ntypes == 0)
		fail("the template needs type lines and one begin/end block")
	for (t = 1; t <= ntypes; t++)
		for (i = 1; i <= nblock; i++) {
			line = replace(block[i], "@TYPE@", name[t])
			line = replace(line, "@ROWS@", rows[t])
			line = replace(line, "@DESCRIPTION@", desc[t])
			print line
		}
}

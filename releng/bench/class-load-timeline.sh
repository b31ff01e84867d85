#!/bin/sh
# Where does start-up time go? Summarises a JVM class-load log per source (bundle or jar):
# uptime of the first and last class loaded from it, and how many classes. Sorted by first load,
# this reads as a timeline of the start-up. Record the log with, for example:
#   WIJ_JAVA_OPTS="$(sed 's/#.*//' product/target/wij/lib/jvm.options) -Xlog:class+load:file=/tmp/classes.log:uptime" \
#     product/target/wij/bin/wij run --port 8090 --data /tmp/wij-data
# then, once /api/health answers: releng/bench/class-load-timeline.sh /tmp/classes.log [min-classes]
log=${1:?usage: class-load-timeline.sh CLASS_LOAD_LOG [MIN_CLASSES]}
min=${2:-5}
awk -v min="$min" '
{
  t = substr($1, 2, length($1) - 3)        # "[1.234s]" -> 1.234
  s = "?"
  for (i = 1; i <= NF; i++) if ($i == "source:") s = $(i + 1)
  sub(/^jrt:\/.*/, "(JDK modules)", s)
  if (s == "shared") s = "(JDK, class data sharing archive)"
  sub(/^file:.*\//, "", s)                  # keep the jar name
  if (s !~ /\.jar$/ && s !~ /^\(/) next      # lambdas and proxies name their defining class
  if (!(s in first)) first[s] = t
  last[s] = t
  n[s]++
}
END {
  printf "%8s %8s %6s  %s\n", "first s", "last s", "classes", "source"
  for (s in n) if (n[s] >= min) printf "%8.3f %8.3f %6d  %s\n", first[s], last[s], n[s], s
}' "$log" | sort -n

// Runs solc-js's standard-JSON compiler as a library (its CLI prints non-JSON lines in
// standard-JSON mode). argv: the path of the solc package, then "version" or "compile".
// For "compile" the standard-JSON input is read from stdin and the output written to stdout.
const solc = require(process.argv[1]);
if (process.argv[2] === "version") {
  process.stdout.write(solc.version());
} else {
  const chunks = [];
  process.stdin.on("data", (c) => chunks.push(c));
  process.stdin.on("end", () => {
    const input = Buffer.concat(chunks).toString("utf8");
    process.stdout.write(solc.compile(input));
  });
}

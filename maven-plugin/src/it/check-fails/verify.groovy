// check-fails: `mvn validate` reported the invalid date compiler-style and failed the build.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

// content/documents/local_regulation/local_regulation-c30600b8.md, line 5: `published: 2021-02-30`
// (the value starts at column 12). The path is relative to the project folder, Maven's working
// directory; an absolute path would also name the right file.
def diagnostic = ~/^(?:.*\/)?content\/documents\/local_regulation\/local_regulation-c30600b8\.md:5:12: error: .*2021-02-30.* \[invalid-date\]$/
int at = lines.findIndexOf { it ==~ diagnostic }
assert at >= 0 : 'no "path:5:12: error: … [invalid-date]" line for local_regulation-c30600b8.md in build.log'
assert lines[at + 1].startsWith('    提示：请按 YYYY-MM-DD') : "no hint line after the diagnostic, but: ${lines[at + 1]}"

assert lines.any { it.startsWith('[INFO] FAILED:') && it.contains('1 errors') } : 'no "[INFO] FAILED: … 1 errors" summary'
assert lines.any { it.contains('BUILD FAILURE') }
assert !new File(basedir, 'target/site').exists() : 'gazette:check must write nothing'
return true

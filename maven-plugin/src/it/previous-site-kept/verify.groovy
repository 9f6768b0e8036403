// previous-site-kept: both failed builds left the previous site untouched and no staging folder.
def target = new File(basedir, 'target')
def site = new File(target, 'site')

assert new File(site, 'index.html').getText('UTF-8') == '<p>PREVIOUS-SITE-MARKER</p>\n'
assert new File(site, 'docs/old/index.html').getText('UTF-8') == '<p>PREVIOUS-DOCUMENT-MARKER</p>\n'
def files = []
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ['docs/old/index.html', 'index.html'] : "target/site changed: ${files.sort()}"

// The lock file stays (a lock held by the operating system; the file itself is harmless).
def leftOver = target.list().findAll { it.startsWith('.site.') && it != '.site.lock' }
assert leftOver.isEmpty() : "left behind in target/: ${leftOver}"

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
// Invocation 1 stopped at validation …
assert lines.any { it ==~ /^(?:.*\/)?content\/with-error\/judicial_interpretation-76a2d9a1\.md:3:7: error: .* \[unknown-kind\]$/ } :
        'no [unknown-kind] diagnostic in build.log'
// … invocation 2 got as far as rendering into the staging folder.
assert lines.any { it ==~ /^(?:.*\/)?broken-theme\/templates\/document\.ftlh:\d+:\d+: error: .*/ } :
        'no diagnostic for broken-theme/templates/document.ftlh in build.log'
assert lines.any { it.endsWith('[template-error]') } : 'no [template-error] diagnostic in build.log'
assert lines.any { it.startsWith('[INFO] FAILED:') && it.contains(' pages ') } : 'the second build did not render its pages'
assert lines.count { it.startsWith('[INFO] FAILED:') } == 2 : 'expected two "[INFO] FAILED:" summaries'
return true

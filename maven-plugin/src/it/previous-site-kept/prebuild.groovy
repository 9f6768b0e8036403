// previous-site-kept, before the builds: a previous site in target/site. (broken-theme/, the
// theme folder of the second build, holds only a document template that fails on a missing value.)
def site = new File(basedir, 'target/site')
new File(site, 'docs/old').mkdirs()
new File(site, 'index.html').setText('<p>PREVIOUS-SITE-MARKER</p>\n', 'UTF-8')
new File(site, 'docs/old/index.html').setText('<p>PREVIOUS-DOCUMENT-MARKER</p>\n', 'UTF-8')
return true

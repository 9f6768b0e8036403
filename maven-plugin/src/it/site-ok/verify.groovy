// site-ok: `mvn site` published the fixture gazette with the generator's built-in theme (the
// fixture has no themes/ folder).
import groovy.json.JsonSlurper

def site = new File(basedir, 'target/site')
[
    'index.html',
    'docs/administrative_regulation-23cec993/index.html',            // two versions:
    'docs/administrative_regulation-23cec993/2018-09-18/index.html', //   one page each
    'docs/administrative_regulation-23cec993/2024-01-22/index.html',
    'docs/administrative_regulation-d8b964d6/index.html',
    'docs/judicial_interpretation-7e356822/index.html',
    'gazette/2024/1/index.html',                                     // the gazette issue
    'pages/guide/index.html',                                        // the page
    'data/catalog.json',
    'manifest.json',
    'assets/style.css',                                              // the built-in theme's
    'assets/site.js',                                                //   static files
].each { assert new File(site, it).isFile() : "target/site/$it is missing" }

assert new File(site, 'index.html').getText('UTF-8').contains('assets/style.css') : 'the home page links no stylesheet'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.readLines().any { it.startsWith('[INFO] OK:') } : 'no "[INFO] OK:" summary line in build.log'

// judicial_interpretation-d745e1b5 has `disclosure: 依申请公开`: nothing of it may be published,
// in any file (pages, data, sitemap, manifest), in plain text or as JSON unicode escapes.
def title = '最高人民法院关于如何认定国有控股、参股股份有限公司中的国有公司、企业人员的解释'
def escaped = { String s, String hex -> s.collect { c -> (int) c.charAt(0) > 126 ? String.format('\\u' + hex, (int) c.charAt(0)) : c }.join() }
def needles = [title, escaped(title, '%04x'), escaped(title, '%04X'),
               'judicial_interpretation-d745e1b5', '以国有公司、企业人员论']
int scanned = 0
site.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    scanned++
    def text = file.getText('UTF-8')
    needles.each { needle ->
        assert !text.contains(needle) : "${file} contains \"${needle}\" of a document that is not public"
    }
}

def catalog = new JsonSlurper().parse(new File(site, 'data/catalog.json'), 'UTF-8')
// One entry a version: the 3 public documents have 4 versions.
assert catalog.versions*.id.unique().sort() == ['administrative_regulation-23cec993', 'administrative_regulation-d8b964d6',
                                                'judicial_interpretation-7e356822'] : "catalog.json: ${catalog.versions*.id}"
assert catalog.count == 4 && catalog.versions.size() == 4
assert catalog.as_of == '2025-01-01'

def manifest = new JsonSlurper().parse(new File(site, 'manifest.json'), 'UTF-8')
manifest.files.each { assert new File(site, it.path).isFile() : "manifest.json lists ${it.path}, which is missing" }
assert scanned >= manifest.files.size()
return true

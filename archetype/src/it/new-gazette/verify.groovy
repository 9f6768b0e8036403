// new-gazette: the generated project is complete, and real Maven publishes it with `mvn site`
// (its own JVM options, the plugin from the test's local repository, no themes/ folder).
import groovy.json.JsonSlurper

def project = new File(basedir, 'weihai-gazette')
['pom.xml', '.gitignore', '.mvn/jvm.config', 'README.md',
 'site-config/site.yaml', 'site-config/kinds.yaml', 'site-config/authorities.yaml', 'site-config/topics.yaml',
 'content/gazette/2026-1.yaml', 'content/pages/guide.md', 'content/pages/about.md'].each {
    assert new File(project, it).isFile() : "the generated project lacks $it"
}
assert !new File(project, 'themes').exists() : 'the theme comes from the plugin'
assert new File(project, '.gitignore').getText('UTF-8').contains('.gazette-cache/')
assert new File(project, 'site-config/site.yaml').getText('UTF-8').contains('title: 威海市人民政府公报')
def readme = new File(project, 'README.md').getText('UTF-8')
['gazette:serve', 'mvn validate', 'mvn site', 'gazette:new'].each { assert readme.contains(it) : "README.md does not explain $it" }
def kinds = new File(project, 'site-config/kinds.yaml').readLines().findAll { it.startsWith('- key: ') }.collect { it.substring(7) }
kinds.findAll { it != 'other' }.each { kind ->
    def examples = new File(project, "content/documents/$kind").listFiles()
    assert examples != null && examples.length == 1 : "one example document of kind $kind"
    def text = examples[0].getText('UTF-8')
    assert !text.contains('#[[') && !text.contains('${') : "${examples[0]} still holds template syntax"
}
assert new File(project, 'content/documents/rule/example-disclosure-rule.md').getText('UTF-8').contains('## 第一章 总则')

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settings = new File(basedir.parentFile, 'interpolated-settings.xml').path
def log = new File(basedir, 'site.log')
// The test's local repository (invoker:install put the plugin and the generator there) and its
// settings: what else the build needs comes from ~/.m2 as a file repository, or Maven Central.
def process = new ProcessBuilder(mvn, '-B', '-s', settings, "-Dmaven.repo.local=${localRepositoryPath}", 'validate', 'site')
        .directory(project).redirectErrorStream(true).redirectOutput(log).start()
assert process.waitFor() == 0 : "mvn site on the generated project failed; see ${log}"

def text = log.getText('UTF-8')
assert text.contains('[INFO] OK:') : 'no summary line'
assert !text.contains('[WARNING]') : "warnings in ${log}"
def site = new File(project, 'target/site')
['index.html', 'gazette/2026/1/index.html', 'docs/example-disclosure-rule/index.html', 'pages/guide/index.html',
 'search/index.html'].each { assert new File(site, it).isFile() : "target/site/$it is missing" }
def catalog = new JsonSlurper().parse(new File(site, 'data/catalog.json'), 'UTF-8')
assert catalog.count == 6 : "six example documents: ${catalog.versions*.id}"
def rule = catalog.versions.find { it.id == 'example-disclosure-rule' }
assert rule.title == '威海市人民政府政府信息主动公开规定' && rule.issuer == ['威海市人民政府'] && rule.pdf_url != null
assert new File(project, '.gazette-cache/pdf').isDirectory() : 'PDFs are cached outside target/'
def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('主办单位：威海市人民政府办公室') && home.contains('网站标识码：0000000000') : 'the footer of portal:'
assert new File(site, 'favicon.ico').isFile() : 'a favicon at the root'
return true

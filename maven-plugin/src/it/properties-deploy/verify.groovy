// properties-deploy: the -Dgazette.… properties took effect, and the site's zip reached the repository.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.security.MessageDigest
import java.util.zip.ZipFile

def publicSite = new File(basedir, 'target/public')
assert Files.isSymbolicLink(publicSite.toPath()) : '-Dgazette.symlink=true: target/public is a link'
assert new File(publicSite, 'index.html').isFile() : '-Dgazette.outputDirectory: the site is in target/public'
assert !new File(basedir, 'target/site').exists() : 'nothing in the default folder'
def catalog = new JsonSlurper().parse(new File(publicSite, 'data/catalog.json'), 'UTF-8')
assert catalog.as_of == '2025-01-01' : '-Dgazette.asOf'
assert catalog.versions.every { it.pdf_url == null } : '-Dgazette.pdf=false: no PDF'
assert !new File(publicSite, 'search/lucene').exists() : '-Dgazette.search=false: no index'

def zip = new File(basedir, 'target/properties-deploy-site-1.0.zip')
assert zip.isFile() : '-Dgazette.archive=true writes target/<artifactId>-site-<version>.zip'
def sha256 = MessageDigest.getInstance('SHA-256').digest(zip.bytes).encodeHex().toString()
assert new File(basedir, 'target/properties-deploy-site-1.0.zip.sha256').getText('UTF-8') == "${sha256}  properties-deploy-site-1.0.zip\n"
def manifest = new JsonSlurper().parse(new File(publicSite, 'manifest.json'), 'UTF-8')
new ZipFile(zip).withCloseable { archive ->
    def names = archive.entries().collect { it.name }
    assert names.contains('manifest.json')
    assert names.toSet() == (manifest.files*.path + ['manifest.json']).toSet() : 'the zip holds exactly the published files'
}

def deployed = new File(basedir, 'target/repository/org/opengazette/it/properties-deploy/1.0/properties-deploy-1.0-site.zip')
assert deployed.isFile() : 'mvn deploy uploaded the attached zip'
assert deployed.bytes == zip.bytes

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Archive: ')
return true

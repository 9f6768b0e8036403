// previous-site-kept, before the builds: a previous site in target/site, and broken-theme/, a
// copy of the repository's real theme (gazetteThemes, from the invoker's scriptVariables) whose
// document template fails on a missing value.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def site = new File(basedir, 'target/site')
new File(site, 'docs/old').mkdirs()
new File(site, 'index.html').setText('<p>PREVIOUS-SITE-MARKER</p>\n', 'UTF-8')
new File(site, 'docs/old/index.html').setText('<p>PREVIOUS-DOCUMENT-MARKER</p>\n', 'UTF-8')

def source = new File(gazetteThemes, 'default').toPath()
def copy = new File(basedir, 'broken-theme').toPath()
Files.walk(source).withCloseable { paths ->
    paths.each { path ->
        def target = copy.resolve(source.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(target)
        } else {
            Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
def template = copy.resolve('templates/document.ftlh').toFile()
assert template.isFile() : "the real theme has no templates/document.ftlh: ${template}"
template.append('\n${fixtureMissingValue}\n', 'UTF-8')
return true

# Identifies licence files with licensee (the library behind `licensee detect`), all in one process,
# so the figure is licensee's matching time per file rather than Ruby's start-up.
#   ruby bench/licensee.rb < paths.txt   → one line of JSON
# Texts are read before timing starts, as the Openness harness does.
require 'json'

def now
  Process.clock_gettime(Process::CLOCK_MONOTONIC)
end

started = now
require 'licensee'
# Loads and indexes licensee's licence texts, as the Openness harness's first call does its corpus.
Licensee::ProjectFiles::LicenseFile.new('MIT License', 'LICENSE').license
load_ms = (now - started) * 1000

paths = $stdin.read.split("\n").reject(&:empty?)
texts = paths.map { |path| File.read(path, mode: 'rb').force_encoding('UTF-8') }
results = paths.each_with_index.map do |path, i|
  t = now
  file = Licensee::ProjectFiles::LicenseFile.new(texts[i], File.basename(path))
  license = file.license
  elapsed = (now - t) * 1000
  { path: path, spdx: license&.spdx_id, confidence: file.confidence, matcher: file.matcher&.name, ms: elapsed }
end
puts JSON.generate({ version: Licensee::VERSION, loadMs: load_ms, results: results })

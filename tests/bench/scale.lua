-- scale.lua - wrk script for tests/bench/scale.js: each request is the next
-- line of the list file given as argument ("path<TAB>cookie header" lines, the
-- paths and sessions scale.js picked beforehand), each thread starting at a
-- random line; a response other than 200 is counted, and at the end one line
-- "requests p50_ms p99_ms bad" (timeouts and socket errors count as bad).
local reqs, n = {}, 0
bad = 0   -- a global: done() reads each thread's with thread:get
local threads = {}

setup = function(thread)
	table.insert(threads, thread)
	thread:set("id", #threads)
end

init = function(args)
	for line in io.lines(args[1]) do
		local path, cookie = line:match("^([^\t]*)\t(.*)$")
		-- as a browser asks: nginx compresses the pages, the CSVs come compressed
		table.insert(reqs, wrk.format("GET", path,
			{ Cookie = cookie, ["Accept-Encoding"] = "gzip, deflate, br" }))
	end
	math.randomseed(os.time() * 100 + id)
	n = math.random(#reqs)
end

request = function()
	n = n % #reqs + 1
	return reqs[n]
end

response = function(status)
	if status ~= 200 then bad = bad + 1 end
end

done = function(summary, latency)
	local e = summary.errors
	local total = e.connect + e.read + e.write + e.timeout
	for _, t in ipairs(threads) do total = total + t:get("bad") end
	io.write(string.format("SCALE %d %.1f %.1f %d\n", summary.requests,
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, total))
end

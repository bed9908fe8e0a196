-- search_mix.lua - wrk script for tests/bench/run.sh: each connection cycles through
-- realistic searches of the demo catalogue, so that the search row is not one cached answer.
-- With the argument "new" every request also carries a counter the portal ignores but its
-- answer cache keys on (the raw query string): every answer is computed, the uncached cost.
local queries = {
	"certificati anagrafici", "carta d'identità", "cambio di residenza", "tari", "imu",
	"asilo nido", "mensa scolastica", "permesso di costruire", "biblioteca", "polizia locale",
	"rifiuti ingombranti", "passo carrabile", "matrimonio", "stato civile", "elezioni",
	"scrutatori", "contributi affitto", "occupazione suolo pubblico", "sindaco", "consiglio comunale",
	"regolamento edilizio", "cinema", "trasporto scolastico", "buche stradali", "illuminazione",
	"animali", "anagrafe", "segnalazione", "tributi", "servizi sociali",
}
local n = 0
local new = false

init = function(args)
	new = args[1] == "new"
	n = math.random(1000000) * 1000   -- two threads, two ranges of counters
end

local function escape(s)
	return (s:gsub("[^%w%-%._~ ]", function(c) return string.format("%%%02X", c:byte()) end)
		:gsub(" ", "+"))
end

request = function()
	n = n + 1
	local path = "/cerca?q=" .. escape(queries[(n % #queries) + 1])
	return wrk.format("GET", new and (path .. "&n=" .. n) or path)
end

module netprimer

go 1.26

import * as z from "zod/mini"; console.log(z)

(()=>{const p=new URLSearchParams(location.search),c=document.documentElement.classList,v=(n)=>p.get(n)?.trim();c.add("js");v("embed")==="1"&&c.add("embed");v("saved")==="0"&&c.add("no-saved")})()
